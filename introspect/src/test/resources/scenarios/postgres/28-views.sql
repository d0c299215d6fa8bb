CREATE TABLE employees (
    id integer PRIMARY KEY,
    name text NOT NULL,
    department text NOT NULL,
    salary numeric(10, 2) NOT NULL,
    active boolean NOT NULL DEFAULT true
);

CREATE VIEW active_employees AS
    SELECT id, name, department FROM employees WHERE active;

CREATE VIEW department_totals AS
    SELECT department, count(*) AS headcount, sum(salary) AS payroll
    FROM employees
    GROUP BY department;

CREATE VIEW engineering WITH (security_barrier = true) AS
    SELECT id, name FROM employees WHERE department = 'engineering'
    WITH LOCAL CHECK OPTION;
