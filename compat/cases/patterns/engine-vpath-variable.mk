#| setup: mkdir src; touch src/in.txt
VPATH = src
out: in.txt
	@echo $@ from $< $^
