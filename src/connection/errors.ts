/** A connection string that cannot be used; the message names the input and never repeats the string. */
export class ConnectionError extends Error {}
