# In an explicit rule, $< and $^ show the vpath-found path of prerequisites.
mkdir src; touch src/in.txt
printf 'vpath %%.txt src\nout: in.txt\n\t@echo "<=$< ^=$^"\n' > Makefile
make; echo "exit=$?"
