# Under -q a `+` line runs; the next line answers "needs remaking" and, since it fails to
# start after a child ran, GNU deletes the target the `+` line made; not when the other line
# comes first, nor a precious or phony target. (GNU deletes an existing target too: a known
# difference, cli/question-keeps-target-after-plus-lines.sh.)
#| args: -q -k made first kept dir-made/x fake
#| setup: mkdir dir-made
made:
	+touch $@
	echo not run
first:
	echo not run
	+touch $@
kept:
	+touch $@
	echo not run
.PRECIOUS: kept
dir-made/x:
	+touch $@
	@echo not run
fake:
	+touch $@
	echo not run
.PHONY: fake
