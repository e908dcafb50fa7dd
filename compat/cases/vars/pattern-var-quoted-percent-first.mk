# A pattern-specific variable whose pattern has a quoted `%` before the real one: GNU's
# find_percent leaves `a\%%` as the pattern `a%%`, prefix `a%`, so it applies to `a%p` and
# `a%` (empty stem), not to `ap`; `b\\%` is `b\` + `%`; `c\%d\%%` needs `c%d%`.
#| args: a%p a% ap b\q c%d%e c%de
a\%%: X = 1
b\\%: Y = 2
c\%d\%%: Z = 3
a\%p a\% ap b\q c\%d\%e c\%de:
	@echo '$@ [$(X)] [$(Y)] [$(Z)]'
