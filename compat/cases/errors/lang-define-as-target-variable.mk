# define as target variable
t: define x
t: ; @:
