# Target-specific assignments whose target has backslashes before `%`, read as GNU's
# find_percent does: `a\\%` is the pattern `a\%` (one backslash, then the pattern's `%`),
# `a\%b` is the file `a%b`, `a\\\\%` the pattern `a\\%`.
all: a\b a%b a\\c
a\\%: X = one
a\\%: X += more
a\%b: Y = two
a\%b: Y += two2
a\\\\%: Z = three
%: ; @printf '%s\n' '$@ [$(X)] [$(Y)] [$(Z)]'
