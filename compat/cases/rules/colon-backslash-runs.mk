# Backslashes before a quoted `:` in a rule's names, as GNU 4.3 unquotes them (targets while
# it looks for the rule's colon, prerequisites when it records the rule): an odd run of
# 2n+1 loses n+1 (`a\:b` is `a:b`, `a\\\:b` is `a\:b`, `a\\\\\:b` is `a\\:b`), the same for
# one name alone or among several, written or from a variable.
R3 = v\\\:w
all: foo
foo: foo\:bar foo\\\:bar foo\\\\\:bar $(R3) x\\\\\\\:y
	@echo '[$^]'
foo\:bar foo\\\:bar foo\\\\\:bar $(R3): ; @echo '[$@]'
x\\\\\\\:y: ; @echo '[$@]'
