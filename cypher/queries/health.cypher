// Connectivity probe for /health.
RETURN 1 AS ok
