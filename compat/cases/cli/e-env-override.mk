# -e: environment beats makefile assignments, but not command line or override.
#| args: -e CLI=cli
#| env: E1=env
#| env: E2=env
#| env: CLI=env
E1 = file
override E2 = file
CLI = file
all: ; @echo E1=$(E1) E2=$(E2) CLI=$(CLI)
