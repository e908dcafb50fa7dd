# MAKE_TERMOUT/MAKE_TERMERR are only set when output is a terminal; under the harness they are undefined.
$(info [$(origin MAKE_TERMOUT)] [$(origin MAKE_TERMERR)])
all:
	@env | grep -c MAKE_TERM; true
