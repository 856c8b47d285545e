#pragma once
// Several repositories in one transaction. InTransaction(db, fn) calls fn with a Database that is
// one connection inside one transaction: every repository built on it writes in that transaction,
// and everything commits when fn returns, nothing when it throws. So a service keeps together what
// belongs together (a LOB-scan invitation and its e-mail, a new account, its link and its mail)
// with the repositories as they are.
//
//   storage::InTransaction(db, [&](storage::Database& tx) {
//       storage::ScanRepo(tx).AddInvitation(...);
//       storage::OutboxRepo(tx).Enqueue(...);
//   });
#include <string>

#include "platform/storage/db/database.hpp"

namespace koers::storage {

// One connection, inside a transaction someone else opened and will end.
class TransactionDatabase final : public Database {
public:
    explicit TransactionDatabase(Connection& c) : c_(c) {}
    Dialect dialect() const override { return c_.dialect(); }
    void With(const std::function<void(Connection&)>& fn) override { fn(c_); }
    // A repository's own transaction joins the one that is open.
    void Transaction(const std::function<void(Connection&)>& fn) override { fn(c_); }
    PoolStats Stats() const override { return {1, 1, 0}; }
    void Backup(const std::string&) override {
        throw DbError("een reservekopie kan niet binnen een transactie worden gemaakt");
    }
    void Restore(const std::string&) override {
        throw DbError("een reservekopie kan niet binnen een transactie worden teruggezet");
    }

private:
    Connection& c_;
};

template <class F>
void InTransaction(Database& db, F&& fn) {
    db.Transaction([&](Connection& c) {
        TransactionDatabase tx(c);
        fn(static_cast<Database&>(tx));
    });
}

}  // namespace koers::storage
