#| args: hello
%: %.in
	@echo $@ from $<
hello.in:
	@echo in
