// Copyright (c) SshdLint contributors. Licensed under the MIT license.
//
// From VS Code's `sshdlint.*` settings to what the language server reads (its `ServerSettings`: the keys of
// .sshdlint.json plus `sysroot`). Pure, so it is unit-tested without VS Code. The same object goes into
// `initializationOptions`, answers `workspace/configuration` for the `sshdlint` section, and is pushed with
// `workspace/didChangeConfiguration`, so the server sees one shape whichever way it asks.
//
// Empty settings are left out rather than sent as "": the server rejects an empty version, and leaving a key out lets
// a .sshdlint.json or the engine's default decide.
import * as path from 'node:path';
import { newestRelease } from './generated/catalog';

/** The `sshdlint` section as VS Code returns it (values may be of any type when a user edits settings.json by hand). */
export interface ExtensionSettings {
  openssh?: unknown;
  vendor?: unknown;
  profile?: unknown;
  rules?: unknown;
  sysroot?: unknown;
}

/** The `sshdlint` settings section the language server reads. */
export interface ServerSettings {
  openssh?: string;
  vendor?: 'upstream' | 'debian';
  profile?: string;
  rules?: Record<string, string | Record<string, unknown>>;
  sysroot?: string;
}

export interface MappedSettings {
  settings: ServerSettings;
  /** Settings that were left out, one line each, for the output channel. */
  problems: string[];
}

export const profiles = ['recommended', 'strict', 'cis', 'stig'] as const;
export const vendors = ['upstream', 'debian'] as const;
const levels = ['off', 'on', 'error', 'warning', 'info', 'hint'];

/** Accepts what the engine's OpenSshVersion.TryParse accepts: 9.2, 9.2p1, OpenSSH_9.2p1. */
export function isVersion(text: string): boolean {
  return /^(OpenSSH_)?\d+\.\d+(p\d+)?$/.test(text);
}

/**
 * Maps the extension's settings to the server's.
 * @param workspaceFolder the first workspace folder's file-system path: `${workspaceFolder}` and relative sysroots
 *   resolve against it.
 * @param homeDir for a sysroot that starts with `~/`.
 */
export function toServerSettings(input: ExtensionSettings, workspaceFolder: string | undefined, homeDir: string): MappedSettings {
  const settings: ServerSettings = {};
  const problems: string[] = [];

  const openssh = typeof input.openssh === 'string' ? input.openssh.trim() : '';
  if (openssh !== '') {
    if (isVersion(openssh)) settings.openssh = openssh;
    else problems.push(`sshdlint.openssh: "${openssh}" is not an OpenSSH release such as 9.2; using the file's or the default`);
  }

  const vendor = typeof input.vendor === 'string' ? input.vendor.trim().toLowerCase() : '';
  if (vendor === 'upstream' || vendor === 'debian') settings.vendor = vendor;
  else if (vendor !== '') problems.push(`sshdlint.vendor: "${vendor}" is not upstream or debian`);

  const profile = typeof input.profile === 'string' ? input.profile.trim().toLowerCase() : '';
  if ((profiles as readonly string[]).includes(profile)) settings.profile = profile;
  else if (profile !== '') problems.push(`sshdlint.profile: "${profile}" is not one of ${profiles.join(', ')}`);

  if (input.rules !== undefined && input.rules !== null) {
    if (typeof input.rules !== 'object' || Array.isArray(input.rules)) {
      problems.push('sshdlint.rules must be an object such as { "SSHD2060": "off" }');
    } else {
      const rules: Record<string, string | Record<string, unknown>> = {};
      for (const [id, value] of Object.entries(input.rules as Record<string, unknown>)) {
        if (typeof value === 'string' && levels.includes(value.toLowerCase())) rules[id] = value.toLowerCase();
        else if (typeof value === 'object' && value !== null && !Array.isArray(value)) rules[id] = value as Record<string, unknown>;
        else problems.push(`sshdlint.rules: "${id}": ${JSON.stringify(value)} is not one of ${levels.join(', ')} or an object`);
      }
      if (Object.keys(rules).length > 0) settings.rules = rules;
    }
  }

  const sysroot = typeof input.sysroot === 'string' ? input.sysroot.trim() : '';
  if (sysroot !== '') {
    let resolved = sysroot;
    if (resolved.includes('${workspaceFolder}')) {
      if (workspaceFolder === undefined) {
        problems.push('sshdlint.sysroot uses ${workspaceFolder}, but no folder is open');
        resolved = '';
      } else {
        resolved = resolved.split('${workspaceFolder}').join(workspaceFolder);
      }
    }
    if (resolved === '~' || resolved.startsWith('~/')) resolved = path.join(homeDir, resolved.slice(1));
    if (resolved !== '' && !path.isAbsolute(resolved)) {
      if (workspaceFolder === undefined) {
        problems.push(`sshdlint.sysroot: "${sysroot}" is relative and no folder is open`);
        resolved = '';
      } else {
        resolved = path.resolve(workspaceFolder, resolved);
      }
    }
    if (resolved !== '') settings.sysroot = resolved;
  }

  return { settings, problems };
}

/**
 * Answers a `workspace/configuration` request: our section gets the mapped settings, every other item keeps what
 * VS Code answered (`defaults`, one per item).
 */
export function answerConfiguration(items: ReadonlyArray<{ section?: string }>, defaults: readonly unknown[], settings: ServerSettings): unknown[] {
  return items.map((item, i) => (item.section === 'sshdlint' ? settings : defaults[i] ?? null));
}

/** Whether a change to these settings needs a new server process (rather than a settings notification). */
export function needsRestart(affects: (section: string) => boolean): boolean {
  return affects('sshdlint.server.path');
}

/** The status bar item's text and tooltip for the target the settings name. */
export function describeTarget(settings: ServerSettings): { text: string; tooltip: string } {
  const version = settings.openssh?.replace(/^OpenSSH_/, '') ?? newestRelease;
  const debian = settings.vendor === 'debian';
  const profile = settings.profile ?? 'recommended';
  const text = `$(shield) OpenSSH ${version}${debian ? ' (Debian)' : ''}`;
  const tooltip =
    `SshdLint checks sshd_config for OpenSSH ${version}${settings.openssh === undefined ? ' (the newest it knows)' : ''}, ` +
    `${debian ? "Debian's build" : 'upstream'}, profile "${profile}". A .sshdlint.json beside the file wins. Click to change the target.`;
  return { text, tooltip };
}
