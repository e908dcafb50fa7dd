# A target its own recipe dates in the future is not warned about in that run.
printf 'x: y\ny:\n\t@touch -d "+100 sec" y\n' > Makefile
make; echo "exit=$?"
make; echo "exit=$?"
