# -n prints lines even with @, and does not run them.
#| args: -n
all:
	@echo at line
	-echo dash line > created
