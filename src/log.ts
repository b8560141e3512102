/** How the pipeline talks while it runs: the action maps this to @actions/core, the CLI to stderr. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  /** A collapsible phase (core.group in the action). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
