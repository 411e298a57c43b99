// Copyright (c) SshdLint contributors. Licensed under the MIT license.
//
// The read-only "effective configuration" documents: `sshdlint-effective:` URIs that name the source document and the
// connection (sshd's -C form). Pure string handling, so it is unit-tested; the content provider in extension.ts asks
// the server (`workspace/executeCommand` "sshdlint.effective") when VS Code opens one.

export const effectiveScheme = 'sshdlint-effective';

/** The command the language server runs (ExecuteCommandHandler.Effective). */
export const serverEffectiveCommand = 'sshdlint.effective';

export interface EffectiveRequest {
  /** The source document's URI, as a string. */
  source: string;
  /** A connection such as "user=alice,addr=203.0.113.5", or "" for none (as `sshd -T` without -C). */
  connection: string;
}

/** The path part of the virtual document: what the tab shows. */
export function effectivePath(request: EffectiveRequest): string {
  const name = decodeURIComponent(request.source.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() || 'sshd_config');
  const suffix = request.connection === '' ? 'effective' : `effective for ${request.connection}`;
  // A '/' inside the connection would add a path segment; sshd's -C values never need one.
  return `/${name} (${suffix.replace(/\//g, '∕')})`;
}

/** The query part: the request as JSON (VS Code's Uri encodes it). */
export function effectiveQuery(request: EffectiveRequest): string {
  return JSON.stringify({ source: request.source, connection: request.connection });
}

/** Reads the request back from a URI's query; undefined when it is not one of ours. */
export function parseEffectiveQuery(query: string): EffectiveRequest | undefined {
  try {
    const value = JSON.parse(query) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const { source, connection } = value as Record<string, unknown>;
    if (typeof source !== 'string' || source === '') return undefined;
    return { source, connection: typeof connection === 'string' ? connection : '' };
  } catch {
    return undefined;
  }
}

/**
 * Checks what the user typed as a connection, as sshd's -C does (ConnectionContext.TryParse in the engine): items
 * separated by commas, each `user=`, `host=`, `addr=`, `laddr=`, `lport=`, `rdomain=` (keys are case-sensitive) or the
 * bare `invalid-user`. Returns the problem, or undefined when the text is acceptable.
 */
export function validateConnection(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const keys = ['user', 'host', 'addr', 'laddr', 'lport', 'rdomain'];
  for (const item of trimmed.split(',')) {
    if (item === 'invalid-user') continue;
    const at = item.indexOf('=');
    const key = at < 0 ? item : item.slice(0, at);
    if (at < 0 || !keys.includes(key)) return `"${item}" is not one of ${keys.map((k) => k + '=…').join(', ')} or invalid-user`;
  }
  return undefined;
}

/** The arguments of the server command: the document URI, then the connection when there is one. */
export function effectiveCommandArguments(request: EffectiveRequest): unknown[] {
  return request.connection.trim() === '' ? [request.source] : [request.source, request.connection.trim()];
}
