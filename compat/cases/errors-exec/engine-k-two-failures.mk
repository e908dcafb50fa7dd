#| args: -k
all: b1 b2
b1:
	@exit 1
b2:
	@exit 2
