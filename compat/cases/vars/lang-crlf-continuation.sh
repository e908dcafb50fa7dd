# backslash before CRLF continues the line
printf 'x = a \\\r\n b\nall: ; @echo [$(x)]\n' > Makefile
make; echo "exit=$?"