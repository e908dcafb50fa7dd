#| known-difference: under -q, once a prerequisite answers "not up to date", GNU still looks at the .INTERMEDIATE prerequisites in a second pass (the dump shows "inter" examined); xmake stops at the first answer
#| args: -rR -p -q
#| normalise: database
# Special targets and the flags they set on the files they name.
all: phony precious inter second plain
.PHONY: phony all
.PRECIOUS: precious %.keep
.INTERMEDIATE: inter
.SECONDARY: second
.NOTPARALLEL:
.DELETE_ON_ERROR:
.IGNORE: plain
.SILENT: plain
.LOW_RESOLUTION_TIME: plain
phony precious inter second plain: ; @:
