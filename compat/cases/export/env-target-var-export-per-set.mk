# A recipe's environment, as GNU's target_environment builds it: each set of the target's
# chain, innermost first, then the globals; of each name the first EXPORTED variable goes.
# A target- or pattern-specific variable without `export` is exported as the global of
# its name is: `V` given on the command line is exported, its `override` pattern value is
# not (origin override), so the environment gets `cmd` while `$(V)` is the pattern's.
# A parent's `private` variable is invisible to `$(E)` but reaches the environment.
#| args: V=cmd
export E = e
all: private E != echo shell-3
%: override V += x
a.%: V = $@
all: lib a.o b.o
	@echo all [$(V)] [$$V] [$(E)] [$$E]
lib: a.o
	@echo lib [$(V)] [$$V] [$(E)] [$$E]
a.o b.o:
	@echo $@ [$(V)] [$$V] [$(E)] [$$E]
