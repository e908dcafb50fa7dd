# Several --eval texts with `$$`, blanks and backslashes: each is escaped as GNU's
# quote_for_env does (`$` doubled, blanks and backslashes behind a backslash).
#| args: --eval=A=1 --eval 'B = a$$b c' --eval 'C=x\y\ z' -k 'V=v$$w\u'
all:
	@printf '%s\n' '[$(MAKEFLAGS)]' "[$$MAKEFLAGS]" '[$(MFLAGS)]' 'A=$(A) B=$(B) C=$(C) V=$(V)'
