# $(file) skips blanks before the file name but keeps those after it: `>  out.txt  ,x`
# writes a file whose name ends in two spaces.
printf '$(file >  out.txt  ,  x  )\n$(info [$(file <out.txt  )] [$(file < out.txt)])\n$(file >> out.txt,y)\nall:;@:\n' > Makefile
make; echo "exit=$?"
ls | sed 's/$/|/'
cat out.txt
