// Copyright (c) SshdLint contributors. Licensed under the MIT license.
//
// The VS Code side of SshdLint: a thin client. Everything about sshd_config (diagnostics, fixes, hover, completion,
// outline, folding, formatting, the effective configuration) comes from the language server, `sshdlint server`; this
// file starts it, keeps its settings in step, and adds the commands and the status bar item. The decisions worth
// testing live in pure modules (serverPath.ts, settings.ts, effective.ts) with unit tests beside them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  ResponseError,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  effectiveCommandArguments,
  effectivePath,
  effectiveQuery,
  effectiveScheme,
  parseEffectiveQuery,
  serverEffectiveCommand,
  validateConnection,
} from './effective';
import { knownReleases, newestRelease } from './generated/catalog';
import { resolveServerPath, type ServerPathResult } from './serverPath';
import { answerConfiguration, describeTarget, type ExtensionSettings, type MappedSettings, needsRestart, toServerSettings } from './settings';

const languageId = 'sshd_config';
const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('sshdlint');

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const extension = new SshdLintExtension(context);
  context.subscriptions.push(extension);
  return extension.start();
}

export function deactivate(): Promise<void> | undefined {
  return undefined; // The client is stopped by SshdLintExtension.dispose, through context.subscriptions.
}

class SshdLintExtension implements vscode.Disposable {
  private readonly output = vscode.window.createOutputChannel('SshdLint', { log: true });
  private readonly status = vscode.window.createStatusBarItem('sshdlint.target', vscode.StatusBarAlignment.Right, 100);
  private readonly effectiveChanged = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  private client: LanguageClient | undefined;
  /** Serialises start, stop and restart, so commands and setting changes never race each other. */
  private lifecycle: Promise<void> = Promise.resolve();

  constructor(private readonly context: vscode.ExtensionContext) {
    this.status.name = 'SshdLint target';
    this.status.command = 'sshdlint.selectTarget';
    this.disposables.push(
      this.output,
      this.status,
      this.effectiveChanged,
      vscode.commands.registerCommand('sshdlint.fixAll', () => this.fixAll()),
      vscode.commands.registerCommand('sshdlint.showEffectiveConfiguration', (uri?: vscode.Uri, connection?: string) =>
        this.showEffectiveConfiguration(uri, connection),
      ),
      vscode.commands.registerCommand('sshdlint.restartServer', () => this.restart()),
      vscode.commands.registerCommand('sshdlint.selectTarget', () => this.selectTarget()),
      vscode.workspace.registerTextDocumentContentProvider(effectiveScheme, {
        onDidChange: this.effectiveChanged.event,
        provideTextDocumentContent: (uri, token) => this.effectiveContent(uri, token),
      }),
      vscode.workspace.onDidChangeConfiguration((e) => this.onConfigurationChanged(e)),
      // Trust can only be granted while running: the user's server.path may apply from now on.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.restart()),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()),
    );
  }

  start(): Promise<void> {
    this.updateStatus();
    return this.enqueue(() => this.startClient());
  }

  dispose(): void {
    const client = this.client;
    this.client = undefined;
    void client?.stop().catch(() => undefined);
    for (const d of this.disposables) d.dispose();
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.lifecycle = this.lifecycle.then(step, step);
    return this.lifecycle;
  }

  private mappedSettings(): MappedSettings {
    const config = vscode.workspace.getConfiguration('sshdlint');
    const input: ExtensionSettings = {
      openssh: config.get('openssh'),
      vendor: config.get('vendor'),
      profile: config.get('profile'),
      rules: config.get('rules'),
      sysroot: config.get('sysroot'),
    };
    return toServerSettings(input, vscode.workspace.workspaceFolders?.[0]?.uri.fsPath, os.homedir());
  }

  private resolveServer(): ServerPathResult {
    const inspected = vscode.workspace.getConfiguration('sshdlint').inspect<string>('server.path');
    return resolveServerPath({
      platform: process.platform,
      arch: process.arch,
      musl: process.platform === 'linux' && isMusl(),
      extensionPath: this.context.extensionPath,
      configured: inspected,
      trusted: vscode.workspace.isTrusted,
      envPath: process.env.PATH,
      homeDir: os.homedir(),
      isFile: (file) => {
        try {
          return fs.statSync(file).isFile();
        } catch {
          return false;
        }
      },
    });
  }

  private async startClient(): Promise<void> {
    const server = this.resolveServer();
    for (const note of server.notes) this.output.warn(note);
    if (!server.ok) {
      this.output.error(server.error);
      void vscode.window.showErrorMessage(`SshdLint: ${server.error}`, 'Open Settings').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'sshdlint.server.path');
      });
      return;
    }
    if (server.source === 'bundled') ensureExecutable(server.command);
    this.output.info(`Starting ${server.command} server (${server.source === 'bundled' ? 'bundled with the extension' : server.source === 'setting' ? 'from sshdlint.server.path' : 'from PATH'})`);

    const mapped = this.mappedSettings();
    for (const problem of mapped.problems) this.output.warn(problem);
    const serverOptions: ServerOptions = {
      run: { command: server.command, args: ['server', '--stdio'] },
      debug: { command: server.command, args: ['server', '--stdio'] },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: languageId },
        { scheme: 'untitled', language: languageId },
      ],
      initializationOptions: mapped.settings,
      outputChannel: this.output,
      middleware: {
        workspace: {
          // The server asks for the `sshdlint` section; answer with the mapped settings, never VS Code's raw ones.
          configuration: async (params, token, next) => {
            const answered = await next(params, token);
            if (answered instanceof ResponseError) return answered;
            return answerConfiguration(params.items, answered, this.mappedSettings().settings);
          },
        },
      },
    };
    const client = new LanguageClient('sshdlint', 'SshdLint', serverOptions, clientOptions);
    this.client = client;
    try {
      await client.start();
    } catch (e) {
      this.output.error(`the language server did not start: ${message(e)}`);
      void vscode.window.showErrorMessage(`SshdLint: the language server did not start: ${message(e)}`);
    }
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) return;
    try {
      await client.stop(5000);
    } catch (e) {
      this.output.warn(`stopping the language server: ${message(e)}`);
    }
  }

  private restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.stopClient();
      await this.startClient();
    });
  }

  private onConfigurationChanged(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration('sshdlint')) return;
    this.updateStatus();
    if (needsRestart((section) => e.affectsConfiguration(section))) {
      void this.restart();
      return;
    }
    void this.enqueue(async () => {
      const client = this.client;
      if (client === undefined || !client.isRunning()) return;
      const mapped = this.mappedSettings();
      for (const problem of mapped.problems) this.output.warn(problem);
      await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { sshdlint: mapped.settings } });
      // The client pulls diagnostics; ask it to pull again now that the findings may differ.
      client.getFeature(DocumentDiagnosticRequest.method)?.refresh();
      for (const document of vscode.workspace.textDocuments) {
        if (document.uri.scheme === effectiveScheme) this.effectiveChanged.fire(document.uri);
      }
    });
  }

  private updateStatus(): void {
    const { text, tooltip } = describeTarget(this.mappedSettings().settings);
    this.status.text = text;
    this.status.tooltip = tooltip;
    if (vscode.window.activeTextEditor?.document.languageId === languageId) this.status.show();
    else this.status.hide();
  }

  private async fixAll(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined || editor.document.languageId !== languageId) {
      void vscode.window.showInformationMessage('SshdLint: open an sshd_config file first');
      return;
    }
    const document = editor.document;
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, fixAllKind.value)) ?? [];
    const fixAll = actions.find((a) => a.kind !== undefined && fixAllKind.contains(a.kind) && a.edit !== undefined);
    if (fixAll?.edit === undefined) {
      void vscode.window.showInformationMessage('SshdLint: no safe fixes to apply');
      return;
    }
    if (!(await vscode.workspace.applyEdit(fixAll.edit))) void vscode.window.showErrorMessage('SshdLint: the fixes could not be applied');
  }

  private async showEffectiveConfiguration(uri?: vscode.Uri, connection?: string): Promise<void> {
    const source = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (source === undefined) {
      void vscode.window.showInformationMessage('SshdLint: open an sshd_config file first');
      return;
    }
    if (connection === undefined) {
      connection = await vscode.window.showInputBox({
        title: 'Effective configuration (sshd -T)',
        prompt: 'Optional: a connection to evaluate Match blocks for, as sshd -C takes it. Leave empty for none.',
        placeHolder: 'user=alice,host=client.example.org,addr=203.0.113.5',
        validateInput: validateConnection,
      });
      if (connection === undefined) return; // Escape
    }
    const request = { source: source.toString(), connection: connection.trim() };
    const effective = vscode.Uri.from({ scheme: effectiveScheme, path: effectivePath(request), query: effectiveQuery(request) });
    // Documents of a content provider are read-only; ask for a fresh text each time the command runs.
    this.effectiveChanged.fire(effective);
    const document = await vscode.workspace.openTextDocument(effective);
    await vscode.languages.setTextDocumentLanguage(document, languageId);
    await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  }

  private async effectiveContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const request = parseEffectiveQuery(uri.query);
    if (request === undefined) return '# SshdLint: this link does not name a configuration\n';
    const client = this.client;
    if (client === undefined || !client.isRunning()) return '# SshdLint: the language server is not running (see the SshdLint output)\n';
    // The server reads the document it has open; make sure VS Code has opened it (it may be a file never shown).
    await vscode.workspace.openTextDocument(vscode.Uri.parse(request.source));
    try {
      const text = await client.sendRequest(
        ExecuteCommandRequest.type,
        { command: serverEffectiveCommand, arguments: effectiveCommandArguments(request) },
        token,
      );
      return typeof text === 'string' ? text : '';
    } catch (e) {
      void vscode.window.showErrorMessage(`SshdLint: ${message(e)}`);
      return `# SshdLint could not compute the effective configuration:\n# ${message(e).replace(/\n/g, '\n# ')}\n`;
    }
  }

  private async selectTarget(): Promise<void> {
    const config = vscode.workspace.getConfiguration('sshdlint');
    const current = config.get<string>('openssh') || '';
    type Item = vscode.QuickPickItem & { version: string };
    const items: Item[] = [
      { label: 'Newest', description: `OpenSSH ${newestRelease}`, version: '' },
      ...[...knownReleases].reverse().map((version) => ({ label: version, description: releaseNote(version), version })),
    ];
    for (const item of items) if (item.version === current) item.picked = true;
    const picked = await vscode.window.showQuickPick(items, {
      title: 'SshdLint: target OpenSSH release',
      placeHolder: `Currently ${current === '' ? `the newest (${newestRelease})` : current}`,
      matchOnDescription: true,
    });
    if (picked === undefined) return;
    // The workspace when one is open (the servers it describes share a release), else the user's settings.
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('openssh', picked.version === '' ? undefined : picked.version, target);
  }
}

/** Distribution releases people target most, to make the version picker easier to use. */
function releaseNote(version: string): string | undefined {
  const notes: Record<string, string> = {
    '7.4': 'RHEL/CentOS 7',
    '7.6': 'Ubuntu 18.04',
    '8.0': 'RHEL 8',
    '8.2': 'Ubuntu 20.04',
    '8.4': 'Debian 11',
    '8.7': 'RHEL 9',
    '8.9': 'Ubuntu 22.04',
    '9.2': 'Debian 12 (choose vendor "debian" too)',
    '9.6': 'Ubuntu 24.04',
    '10.0': 'Debian 13',
  };
  return notes[version];
}

/** glibc's runtime version is in the process report; musl builds have none. */
function isMusl(): boolean {
  try {
    const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
    return report?.header?.glibcVersionRuntime === undefined;
  } catch {
    return false;
  }
}

/** A .vsix unpacked by an older tool may lose the executable bit of the bundled server; put it back. */
function ensureExecutable(file: string): void {
  if (process.platform === 'win32') return;
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    try {
      fs.chmodSync(file, 0o755);
    } catch {
      // Starting it will fail with a clear error.
    }
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
