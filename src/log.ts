/** How the pipeline talks while it runs: the action maps this to @actions/core, the CLI to stderr. */
export interface Logger {
  info(message: string): void;
  /** Something a user should know that is neither a problem nor progress (core.notice in the action). */
  notice(message: string): void;
  warning(message: string): void;
  /** A collapsible phase (core.group in the action). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
