# --eval 'X=$(Y)': MAKEFLAGS refers to GNU's -*-eval-flags-*-, whose escaped text keeps its
# `$` doubled, so $(MAKEFLAGS) and the recipe's environment show `--eval=X=$$(Y)`.
#| args: -s --eval X=$(Y) Y=yy
$(info reading [$(MAKEFLAGS)] [$(value MAKEFLAGS)] [$(MFLAGS)])
all:
	@printf '%s\n' '[$(MAKEFLAGS)]' "[$$MAKEFLAGS]" '[$(value MAKEFLAGS)]' '[$(MFLAGS)]'
	@printf '%s\n' '[$(value -*-eval-flags-*-)] $(origin -*-eval-flags-*-) $(flavor -*-eval-flags-*-)' 'X=$(X)'
