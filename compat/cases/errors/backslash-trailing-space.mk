# A backslash followed by a space does not continue the line: it stays a literal "\ ".
X = a \ 
Y = b
$(info X=[$(X)] Y=[$(Y)])
all: ; @:
