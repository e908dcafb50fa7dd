# A recursive variable calling $(shell) runs the command at each expansion.
n = $(shell echo run >> log; wc -l < log)
$(info $(n) $(n) $(n))
all: ; @:
