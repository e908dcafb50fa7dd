# A private global is invisible to $(X) in recipes but still reaches their environment;
# a target-specific line on a command-line variable copies it without `private`.
#| args: C=cmd
private export X = 1
private export Y = $(X)y
private export C = file
all: C += t
all: dep
	@echo 'all [$(X)] [$(Y)] [$(C)]'; echo "env [$$X] [$$Y] [$$C]"
dep: ; @echo 'dep [$(X)] [$(C)]'; echo "env [$$X] [$$C]"
