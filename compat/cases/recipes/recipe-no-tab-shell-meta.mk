# Shell metacharacters and quoting pass through untouched ($$ gives the shell a $).
all:
	@v=val; echo "double $$v-x" 'single $$v' `echo back` | tr a-z A-Z
