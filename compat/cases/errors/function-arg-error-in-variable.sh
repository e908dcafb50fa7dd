# A bad argument to word/wordlist/file inside a recursive variable is reported at the line
# that defined the variable (GNU's expanding_var); $(error) at the line being read.
for body in '$(word x,a)' '$(word 0,a)' '$(wordlist 0,1,a)' '$(wordlist 1,x,a)' '$(file ?x)' '$(file >)' '$(file <a,b)' '$(error e)'; do
  printf 'X = %s\n\n$(info $(X))\nall:;@:\n' "$body" > a.mk
  make -f a.mk; echo "exit=$?"
  printf 'X = $(Y)\n\nY = %s\nall:\n\t@echo $(X)\n' "$body" > b.mk
  make -f b.mk; echo "exit=$?"
done
