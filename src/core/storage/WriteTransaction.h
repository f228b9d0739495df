#pragma once

class Database;

// Every write is one of these: BEGIN IMMEDIATE takes the write lock at once
// (waiting out the busy timeout), so two programs never deadlock halfway;
// leaving the scope without commit() rolls everything back.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database& database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit();

private:
    const Database& m_database;
    bool m_open = false;
};
