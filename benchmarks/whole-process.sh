#!/usr/bin/env bash
# Whole-process comparison: `sshdlint check` / `sshdlint effective` against Debian's `sshd -t` / `sshd -T` on the
# same files, with hyperfine (apt-get install hyperfine). Builds a Release CLI first. Prints hyperfine's tables;
# docs/performance.md records the figures with this command. Findings make `check` exit 1, hence --ignore-failure.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }
[ -x /usr/sbin/sshd ] || { echo "sshd is not installed (apt-get install openssh-server)" >&2; exit 2; }
mkdir -p /run/sshd

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish src/Cli -c Release -o "$out/cli" --nologo -v quiet >/dev/null
cli="$out/cli/sshdlint"

# A stock-sized file (the Debian sample) and a 100,000-line file (the BenchmarkDotNet input, written by the CLI's
# own generator would couple the two; write it here with the same shape instead).
cp samples/etc/ssh/sshd_config "$out/stock.conf"
sed -i 's|^Include .*||' "$out/stock.conf"
{
  printf 'Port 22\nPermitRootLogin no\nPasswordAuthentication no\nX11Forwarding no\nSubsystem sftp /usr/lib/openssh/sftp-server\n'
  for i in $(seq 0 16665); do
    printf 'Match User user%d,"other %d" Address 10.%d.0.0/16\n    AllowTcpForwarding no   # per-user\n    X11Forwarding no\n    ForceCommand internal-sftp -d /home/%%u\n    ChrootDirectory /srv/sftp/%%u\n\n' "$i" "$i" $((i % 250))
  done
} > "$out/large.conf"

for f in stock large; do
  echo "== $f.conf ($(wc -l < "$out/$f.conf") lines)"
  hyperfine --warmup 2 --runs "${RUNS:-10}" -N --ignore-failure \
    "/usr/sbin/sshd -t -f $out/$f.conf" \
    "$cli check --openssh 9.2 --vendor debian --fail-level error $out/$f.conf" \
    "/usr/sbin/sshd -T -f $out/$f.conf" \
    "$cli effective --openssh 9.2 --vendor debian $out/$f.conf" 2>&1 | sed "s|$out/||g"
done
