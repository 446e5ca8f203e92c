"""HTTP plumbing the API and the web app share: FastAPI dependencies (``deps``: the
services, a database session, the signed-in principal), browser sessions and CSRF tokens
(``sessions``), middleware (``middleware``) and the one error handler (``errors``)."""
