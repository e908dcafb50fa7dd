# Prefixes combine in any order and with whitespace: @-, -@, + @.
all:
	@-false
	-@exit 2
	  @  echo spaced-prefix
