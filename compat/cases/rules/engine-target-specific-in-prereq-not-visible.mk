all: V = tv
all: $(V)x
	@echo [$^]
x:
	@:
