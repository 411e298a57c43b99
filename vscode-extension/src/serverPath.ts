// Copyright (c) SshdLint contributors. Licensed under the MIT license.
//
// Which `sshdlint` executable the extension runs as its language server. Pure: everything it needs from the machine
// comes in through `ServerPathInputs`, so the security rules below are unit-tested.
//
// The rules:
// 1. `sshdlint.server.path`, only as set in the user's own settings (VS Code's `globalValue`; the setting is
//    machine-scoped, so VS Code never applies workspace values either), and only in a trusted workspace. A workspace
//    must never be able to choose the program the editor runs. A value set but refused is reported, not silently used.
// 2. The server bundled in the extension for this platform: server/<rid>/sshdlint[.exe].
// 3. `sshdlint` found on PATH, looking only in absolute directories (a relative PATH entry such as "." would resolve
//    against the workspace, which is the same hole as rule 1).
import * as path from 'node:path';

/** What `WorkspaceConfiguration.inspect('server.path')` reports, reduced to the scopes that matter here. */
export interface ConfiguredServerPath {
  /** User (or remote machine) settings: the only scope that is honoured. */
  globalValue?: string;
  workspaceValue?: string;
  workspaceFolderValue?: string;
}

export interface ServerPathInputs {
  platform: NodeJS.Platform;
  arch: string;
  /** True on a Linux whose C library is musl (Alpine): it needs the linux-musl-* build. */
  musl: boolean;
  /** Where the extension is installed (`ExtensionContext.extensionPath`). */
  extensionPath: string;
  configured: ConfiguredServerPath | undefined;
  /** `vscode.workspace.isTrusted`. */
  trusted: boolean;
  /** The PATH environment variable of the extension host. */
  envPath: string | undefined;
  /** The user's home directory, for a setting that starts with `~/`. */
  homeDir: string;
  /** True when the file exists and is a regular file (not a directory). */
  isFile(file: string): boolean;
}

export type ServerPathSource = 'setting' | 'bundled' | 'path';

export type ServerPathResult =
  | { ok: true; command: string; source: ServerPathSource; notes: string[] }
  | { ok: false; error: string; notes: string[] };

const settingName = 'sshdlint.server.path';

/** The .NET runtime identifier of the bundled server for a platform, or undefined when none is built for it. */
export function runtimeIdentifier(platform: NodeJS.Platform, arch: string, musl: boolean): string | undefined {
  const cpu = arch === 'x64' ? 'x64' : arch === 'arm64' ? 'arm64' : undefined;
  if (cpu === undefined) return undefined;
  switch (platform) {
    case 'linux':
      return musl ? `linux-musl-${cpu}` : `linux-${cpu}`;
    case 'darwin':
      return `osx-${cpu}`;
    case 'win32':
      return `win-${cpu}`;
    default:
      return undefined;
  }
}

function executableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'sshdlint.exe' : 'sshdlint';
}

/** The path the bundled server would have for this platform (it may not be in this build of the extension). */
export function bundledServerPath(inputs: Pick<ServerPathInputs, 'platform' | 'arch' | 'musl' | 'extensionPath'>): string | undefined {
  const rid = runtimeIdentifier(inputs.platform, inputs.arch, inputs.musl);
  if (rid === undefined) return undefined;
  return path.join(inputs.extensionPath, 'server', rid, executableName(inputs.platform));
}

function pathModule(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Looks `sshdlint` up in PATH, skipping empty and relative entries. */
export function findOnPath(inputs: Pick<ServerPathInputs, 'platform' | 'envPath' | 'isFile'>): string | undefined {
  const p = pathModule(inputs.platform);
  const delimiter = inputs.platform === 'win32' ? ';' : ':';
  for (const dir of (inputs.envPath ?? '').split(delimiter)) {
    if (dir === '' || !p.isAbsolute(dir)) continue;
    const candidate = p.join(dir, executableName(inputs.platform));
    if (inputs.isFile(candidate)) return candidate;
  }
  return undefined;
}

/** Resolves the server to run; see the rules at the top of this file. */
export function resolveServerPath(inputs: ServerPathInputs): ServerPathResult {
  const notes: string[] = [];
  const configured = inputs.configured ?? {};
  for (const [scope, value] of [
    ['workspace', configured.workspaceValue],
    ['workspace folder', configured.workspaceFolderValue],
  ] as const) {
    if (value !== undefined && value.trim() !== '') {
      notes.push(`${settingName} is set in the ${scope} settings to "${value}"; ignored: only user settings may choose the program the editor runs`);
    }
  }

  const user = configured.globalValue?.trim() ?? '';
  if (user !== '') {
    if (!inputs.trusted) {
      notes.push(`${settingName} ("${user}") is ignored because this workspace is not trusted`);
    } else {
      const p = pathModule(inputs.platform);
      const expanded = user === '~' ? inputs.homeDir : user.startsWith('~/') ? p.join(inputs.homeDir, user.slice(2)) : user;
      if (!p.isAbsolute(expanded)) {
        return { ok: false, error: `${settingName} must be an absolute path, not "${user}"`, notes };
      }
      if (!inputs.isFile(expanded)) {
        return { ok: false, error: `${settingName} is "${user}", but there is no such file`, notes };
      }
      return { ok: true, command: expanded, source: 'setting', notes };
    }
  }

  const bundled = bundledServerPath(inputs);
  if (bundled !== undefined && inputs.isFile(bundled)) return { ok: true, command: bundled, source: 'bundled', notes };

  const onPath = findOnPath(inputs);
  if (onPath !== undefined) return { ok: true, command: onPath, source: 'path', notes };

  const rid = runtimeIdentifier(inputs.platform, inputs.arch, inputs.musl) ?? `${inputs.platform}-${inputs.arch}`;
  return {
    ok: false,
    error:
      `no SshdLint language server for ${rid}: this build of the extension bundles none for it and \`sshdlint\` is not on PATH. ` +
      `Install it (dotnet tool install -g SshdLint) or set ${settingName} in your user settings`,
    notes,
  };
}
