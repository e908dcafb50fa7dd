a: x x y x
	@echo "^[$^] +[$+]"
x y:
	@:
