/** A setting that cannot be used: the message names the input or flag. */
export class SettingsError extends Error {}
