#!/bin/bash
# The private podman of one test (a format string: {{log}}, {{store}}, {{run}} are filled in).
# Each call is logged once. A build that fails only because the host kernel refused to seal
# podman's in-memory copy of itself (containers/storage's re-exec: `sealing memfd copy: Device
# or resource busy`, seen under heavy load) is run again, at most twice: it is the host's
# transient, not the code under test.
printf '%s\n' "$*" >> '{log}'
if [ "$1" != build ]; then
    exec podman --root '{store}' --runroot '{run}' --storage-driver vfs "$@"
fi
engine() {{ podman --root '{store}' --runroot '{run}' --storage-driver vfs "$@"; }}
err=$(mktemp)
for try in 1 2 3; do
    engine "$@" 2> >(tee "$err" >&2)
    rc=$?
    wait
    if [ "$rc" -eq 0 ] || ! grep -q 'sealing memfd copy: Device or resource busy' "$err"; then
        break
    fi
done
rm -f "$err"
exit "$rc"
