# bash-completion's query: make -npq __BASH_MAKE_COMPLETION__=1 .DEFAULT
#| args: -npq __BASH_MAKE_COMPLETION__=1 .DEFAULT
#| normalise: database
.PHONY: all clean
all: prog
prog: main.o util.o
	$(CC) -o $@ $^
%.o: %.c
	$(CC) -c $<
clean:
	rm -f prog *.o
install: prog
	cp prog /usr/local/bin
