# override lets a makefile assignment beat a command-line one (manual 6.7).
#| args: A=cmd B=cmd
override A = file
B = file
override C += more
$(info A=$(A) B=$(B) C=$(C) origin-A=$(origin A) origin-B=$(origin B))
all: ; @:
