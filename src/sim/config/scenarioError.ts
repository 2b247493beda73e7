/** One problem found in a scenario, command or argument: where, and what is allowed. */
export interface InputIssue {
  /** Dotted path to the offending value, e.g. `offices.0.resources.physical.teams`. */
  readonly path: string;
  /** What is wrong and what is allowed. */
  readonly message: string;
}

/**
 * Thrown when user input (a scenario file, a command, a --set override) is invalid. The message
 * lists every problem with its path, so the user can fix them all at once.
 */
export class ScenarioInputError extends Error {
  /** The individual problems. */
  readonly issues: readonly InputIssue[];

  constructor(context: string, issues: readonly InputIssue[]) {
    super(`${context}:\n${issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`).join('\n')}`);
    this.name = 'ScenarioInputError';
    this.issues = issues;
  }
}
