# --eval=TEXT is evaluated after the command-line variables and before the makefiles.
#| args: --eval=EVAL=yes '--eval=extra: ; @echo extra $(EVAL)' extra all
$(info in makefile EVAL=$(EVAL))
all: ; @echo all
