// Copyright (c) SshdLint contributors. Licensed under the MIT license.
#nullable enable
namespace SshdLint.Cli;

/// <summary>A usage error: reported as one line on stderr with exit status 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>
/// A small, strict option parser: <c>--name value</c>, <c>--name=value</c>, short aliases, flags, and positional
/// arguments. Unknown options are usage errors, never ignored.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _valued = new(StringComparer.Ordinal);
    private readonly HashSet<string> _repeatable = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> Values { get; } = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    public CommandLine Flag(string name, string? alias = null)
    {
        _flags.Add(name);
        if (alias is not null) _aliases[alias] = name;
        return this;
    }

    public CommandLine Option(string name, string? alias = null, bool repeatable = false)
    {
        _valued.Add(name);
        if (repeatable) _repeatable.Add(name);
        if (alias is not null) _aliases[alias] = name;
        return this;
    }

    public CommandLine Parse(IReadOnlyList<string> args)
    {
        bool onlyPositionals = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (onlyPositionals || arg == "-" || !arg.StartsWith('-'))
            {
                Positionals.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }
            string name = arg;
            string? inline = null;
            int eq = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                name = arg[..eq];
                inline = arg[(eq + 1)..];
            }
            if (_aliases.TryGetValue(name, out var canonical)) name = canonical;
            if (_flags.Contains(name))
            {
                if (inline is not null) throw new UsageException($"option {name} takes no value");
                Add(name, "true");
            }
            else if (_valued.Contains(name))
            {
                string value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"option {name} needs a value"));
                if (!_repeatable.Contains(name) && Values.ContainsKey(name)) throw new UsageException($"option {name} given twice");
                Add(name, value);
            }
            else
            {
                throw new UsageException($"unknown option '{arg}' (see --help)");
            }
        }
        return this;
    }

    private void Add(string name, string value)
    {
        if (!Values.TryGetValue(name, out var list)) Values[name] = list = [];
        list.Add(value);
    }

    public bool Has(string name) => Values.ContainsKey(name);

    public string? Get(string name) => Values.TryGetValue(name, out var list) ? list[^1] : null;

    public IEnumerable<string> GetAll(string name) => Values.TryGetValue(name, out var list) ? list : [];
}
