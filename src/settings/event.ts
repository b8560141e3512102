import { readFileSync } from 'node:fs';

/** The parts of an event payload we read; every field may be missing. */
export interface EventPayload {
  pull_request?: { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } };
  merge_group?: { base_sha?: unknown };
  /** push: the commit the branch pointed at before the push; all zeros when the branch is new. */
  before?: unknown;
  repository?: { full_name?: unknown };
}

/** The base an event names, and whether it is a pull request's (where scope defaults to changed). */
export interface EventBase {
  sha: string;
  label: string;
  pullRequest: boolean;
}

/** pull_request: its base; merge_group: the queue's base_sha; push: `before`, unless all zeros (a new branch or tag). */
export function eventBase(event: EventPayload | undefined): EventBase | undefined {
  const commit = (value: unknown) => (typeof value === 'string' && /^[0-9a-f]{7,64}$/i.test(value) && !/^0+$/.test(value) ? value : undefined);
  if (!event) return undefined;
  if (event.pull_request) {
    const sha = commit(event.pull_request.base?.sha);
    return sha ? { sha, label: "the pull request's base", pullRequest: true } : undefined;
  }
  if (event.merge_group) {
    const sha = commit(event.merge_group.base_sha);
    return sha ? { sha, label: "the merge group's base", pullRequest: true } : undefined;
  }
  const before = commit(event.before);
  return before ? { sha: before, label: "the push's previous head", pullRequest: false } : undefined;
}

/**
 * With a pull request's base (merge queues included) scope defaults to `changed`: merged migrations are applied up once,
 * so their old lossy downs do not fail every PR. A base-ref (a release gate) and pushes leave it unset: every migration
 * is checked, and the lock and data findings outside the change are folded (pipeline/scope.ts).
 */
export function scopeDefaultFor(baseRef: string | undefined, base: EventBase | undefined): 'changed' | undefined {
  return base?.pullRequest && !baseRef?.trim() ? 'changed' : undefined;
}

/** The event payload (pull_request, push, ...); undefined when absent or unreadable. */
export function readEvent(eventPath: string | undefined): EventPayload | undefined {
  if (!eventPath) return undefined;
  try {
    const event: unknown = JSON.parse(readFileSync(eventPath, 'utf8'));
    // Every field of EventPayload is optional and unknown-typed: any object will do, anything else is no payload.
    return typeof event === 'object' && event !== null ? event : undefined;
  } catch {
    return undefined;
  }
}
