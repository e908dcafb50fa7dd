# GNU expands MAKEFLAGS from the environment before reading it: `$$` halves, references to
# environment variables expand; words after `--` that assign nothing are ignored.
printf 'all:\n\t@printf "%%s\\n" "[$$MAKEFLAGS]" '"'"'[$(MAKEFLAGS)] V=$(V) W=$(W)'"'"'\n' > Makefile
MAKEFLAGS='k $(EXTRA)' EXTRA=-s make; echo "exit=$?"
MAKEFLAGS='-- V=a$$$$b W=$(EXTRA) junk' EXTRA=ex make -s; echo "exit=$?"
MAKEFLAGS='s --eval=W=$$(EXTRA)' EXTRA=ex make; echo "exit=$?"
