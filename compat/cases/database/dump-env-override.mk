# -pe: environment variables override the makefile; make's own ones show it in their origin.
#| args: -pe -r
#| env: FROMENV=env
#| normalise: database
FROMENV = file
all: ; @echo $(FROMENV)
