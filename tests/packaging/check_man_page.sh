#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Inkan developers
# SPDX-License-Identifier: MIT
# check_man_page.sh PROGRAM PAGE
# The manual page PAGE (written by the build with `PROGRAM --man`) must be clean for
# `man --warnings` and must document every option that `PROGRAM --help` lists; for inkan-cli
# also every command (each synopsis line of the help appears in the page).
set -eu
program=$1
page=$2
name=$(basename "$program")

if ! command -v man >/dev/null 2>&1; then
    echo "SKIP: man (man-db) is not installed; packaging/build-deps.sh installs it"
    exit 77
fi
[ -f "$page" ] || { echo "FAIL: $page is missing (the build writes it: target inkan_package_docs)"; exit 1; }

status=0
warnings=$(man --warnings -l -Tutf8 "$page" 2>&1 >/dev/null) || { echo "FAIL: man cannot format $page"; exit 1; }
if [ -n "$warnings" ]; then
    echo "FAIL: man --warnings on $page:"
    printf '%s\n' "$warnings"
    status=1
fi

# The page's text as written: roff's \- back to -, font changes and \& dropped, \[uXXXX] back
# to the character.
text=$(perl -CS -pe 's/\\-/-/g; s/\\f[BIRP]//g; s/\\&//g; s/\\\(dq/"/g; s/\\e/\\/g; s/\\\[u([0-9A-F]{4,6})\]/chr(hex($1))/ge' "$page")

if [ "$name" = inkan-cli ]; then
    help=$("$program" help)
else
    help=$("$program" --help)
fi
[ -n "$help" ] || { echo "FAIL: $name --help printed nothing"; exit 1; }

options=$(printf '%s\n' "$help" | grep -oE -- '(^|[^A-Za-z0-9_-])--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
count=0
for option in $options; do
    count=$((count + 1))
    if ! printf '%s\n' "$text" | grep -qF -- "$option"; then
        echo "FAIL: $option is in '$name --help' but not in $page"
        status=1
    fi
done
[ "$count" -gt 0 ] || { echo "FAIL: found no option in '$name --help'"; exit 1; }

if [ "$name" = inkan-cli ]; then
    commands=0
    # Each command's synopsis line ("  inkan-cli [--json] nft list …") must be in the page.
    tmp=$(mktemp)
    printf '%s\n' "$help" | sed -n 's/^  \(inkan-cli .*\)$/\1/p' > "$tmp"
    while IFS= read -r synopsis; do
        commands=$((commands + 1))
        if ! printf '%s\n' "$text" | grep -qF -- "$synopsis"; then
            echo "FAIL: the command '$synopsis' is in 'inkan-cli help' but not in $page"
            status=1
        fi
    done < "$tmp"
    rm -f "$tmp"
    [ "$commands" -gt 20 ] || { echo "FAIL: found only $commands commands in 'inkan-cli help'"; exit 1; }
    echo "checked $commands commands"
fi

[ "$status" -eq 0 ] && echo "PASS: $page documents the $count options of '$name --help' and man --warnings is clean"
exit "$status"
