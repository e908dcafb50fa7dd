a: x | y z
	@echo "^[$^] |[$|] <[$<]"
x y z:
	@:
