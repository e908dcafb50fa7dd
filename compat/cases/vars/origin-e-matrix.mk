# Origins under -e: env-only var, env var reassigned in the makefile, overridden, and command-line vs env (manual 8.11).
#| args: -e C=cli
#| env: A=env
#| env: B=env
#| env: C=env
#| env: D=env
B = file
C = file
override D = file
$(info A=$(A):$(origin A) B=$(B):$(origin B) C=$(C):$(origin C) D=$(D):$(origin D))
all: ; @:
