/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's own atomic contexts and sleepers, for kcrate's context
 * checker (scripts/kc-context) only: it is force-included, after the
 * kernel's headers that declare them, into the Clang pass that checks each
 * file, and never into a build. kcrate's own APIs carry their context
 * where they are declared (core/context.h); this header does the same, in
 * one place, for the kernel calls that kcrate's tree makes directly.
 *
 * Each kernel call is redefined as a macro that enters, leaves or
 * requires the context and stands for the call: its arguments are
 * evaluated, its value is 0 (or a null pointer). What the call does is
 * irrelevant here, the pass only parses and analyses; a stand-in also does
 * not depend on whether a kernel version made the call a function or a
 * macro.
 */
#ifndef KC_CONTEXT_CHECK
#error "scripts/kc-context.h is for the context checker's pass only"
#endif

#include <linux/bottom_half.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/device.h>
#include <linux/gfp.h>
#include <linux/irqflags.h>
#include <linux/mutex.h>
#include <linux/preempt.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/skbuff.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/uaccess.h>
#include <linux/debugfs.h>
#include <linux/firmware.h>
#include <linux/gpio/consumer.h>
#include <linux/gpio/driver.h>
#include <linux/i2c.h>
#include <linux/interrupt.h>
#include <linux/kthread.h>
#include <linux/netdevice.h>
#include <linux/phy.h>
#include <linux/platform_device.h>
#include <linux/regmap.h>
#include <linux/regulator/consumer.h>
#include <linux/regulator/driver.h>
#include <linux/usb.h>
#include <linux/usb/gadget.h>
#include <linux/workqueue.h>

#include <core/context.h>

/* Entering and leaving atomic contexts. */
#define __KC_CTX_PAIR(kind, enters, extra)				\
	static inline enters(kind) void __kc_ctx_enter_##kind(void) {} \
	static inline __kc_leaves(kind) void __kc_ctx_leave_##kind(void) {} \
	static inline __attribute__((try_acquire_shared_capability(1, &kc_ctx_##kind), \
				     no_thread_safety_analysis)) extra	\
	int __kc_ctx_try_##kind(int taken) { return taken; }

/* On PREEMPT_RT a spinlock_t and an rwlock_t sleep. */
#define __KC_RT_SLEEPS							\
	__attribute__((locks_excluded(&kc_ctx_raw_spinlock, &kc_ctx_irq, \
				      &kc_ctx_preempt)))

__KC_CTX_PAIR(spinlock, __kc_enters_rt_lock, __KC_RT_SLEEPS)
__KC_CTX_PAIR(rwlock, __kc_enters_rt_lock, __KC_RT_SLEEPS)
__KC_CTX_PAIR(raw_spinlock, __kc_enters, )
__KC_CTX_PAIR(rcu, __kc_enters, )
__KC_CTX_PAIR(bh, __kc_enters, )
__KC_CTX_PAIR(irq, __kc_enters, )
__KC_CTX_PAIR(preempt, __kc_enters, )

#define __KC_ENTER(kind, call)	(__kc_ctx_enter_##kind(), (void)(call))
#define __KC_LEAVE(kind, call)	((void)(call), __kc_ctx_leave_##kind())

#undef spin_lock
#define spin_lock(l)			__KC_ENTER(spinlock, (void)(l))
#undef spin_lock_bh
#define spin_lock_bh(l)			__KC_ENTER(spinlock, (void)(l))
#undef spin_lock_irq
#define spin_lock_irq(l)		__KC_ENTER(spinlock, (void)(l))
#undef spin_lock_irqsave
#define spin_lock_irqsave(l, f)		__KC_ENTER(spinlock, ((void)(l), (f) = 0))
#undef spin_trylock
#define spin_trylock(l)			__kc_ctx_try_spinlock(((void)(l), 1))
#undef spin_unlock
#define spin_unlock(l)			__KC_LEAVE(spinlock, (void)(l))
#undef spin_unlock_bh
#define spin_unlock_bh(l)		__KC_LEAVE(spinlock, (void)(l))
#undef spin_unlock_irq
#define spin_unlock_irq(l)		__KC_LEAVE(spinlock, (void)(l))
#undef spin_unlock_irqrestore
#define spin_unlock_irqrestore(l, f)	__KC_LEAVE(spinlock, ((void)(l), (void)(f)))

#undef raw_spin_lock
#define raw_spin_lock(l)		__KC_ENTER(raw_spinlock, (void)(l))
#undef raw_spin_lock_irq
#define raw_spin_lock_irq(l)		__KC_ENTER(raw_spinlock, (void)(l))
#undef raw_spin_lock_irqsave
#define raw_spin_lock_irqsave(l, f)	__KC_ENTER(raw_spinlock, ((void)(l), (f) = 0))
#undef raw_spin_unlock
#define raw_spin_unlock(l)		__KC_LEAVE(raw_spinlock, (void)(l))
#undef raw_spin_unlock_irq
#define raw_spin_unlock_irq(l)		__KC_LEAVE(raw_spinlock, (void)(l))
#undef raw_spin_unlock_irqrestore
#define raw_spin_unlock_irqrestore(l, f) __KC_LEAVE(raw_spinlock, ((void)(l), (void)(f)))

#undef read_lock
#define read_lock(l)			__KC_ENTER(rwlock, (void)(l))
#undef read_lock_bh
#define read_lock_bh(l)			__KC_ENTER(rwlock, (void)(l))
#undef read_lock_irq
#define read_lock_irq(l)		__KC_ENTER(rwlock, (void)(l))
#undef read_lock_irqsave
#define read_lock_irqsave(l, f)		__KC_ENTER(rwlock, ((void)(l), (f) = 0))
#undef read_unlock
#define read_unlock(l)			__KC_LEAVE(rwlock, (void)(l))
#undef read_unlock_bh
#define read_unlock_bh(l)		__KC_LEAVE(rwlock, (void)(l))
#undef read_unlock_irq
#define read_unlock_irq(l)		__KC_LEAVE(rwlock, (void)(l))
#undef read_unlock_irqrestore
#define read_unlock_irqrestore(l, f)	__KC_LEAVE(rwlock, ((void)(l), (void)(f)))
#undef write_lock
#define write_lock(l)			__KC_ENTER(rwlock, (void)(l))
#undef write_lock_bh
#define write_lock_bh(l)		__KC_ENTER(rwlock, (void)(l))
#undef write_lock_irq
#define write_lock_irq(l)		__KC_ENTER(rwlock, (void)(l))
#undef write_lock_irqsave
#define write_lock_irqsave(l, f)	__KC_ENTER(rwlock, ((void)(l), (f) = 0))
#undef write_unlock
#define write_unlock(l)			__KC_LEAVE(rwlock, (void)(l))
#undef write_unlock_bh
#define write_unlock_bh(l)		__KC_LEAVE(rwlock, (void)(l))
#undef write_unlock_irq
#define write_unlock_irq(l)		__KC_LEAVE(rwlock, (void)(l))
#undef write_unlock_irqrestore
#define write_unlock_irqrestore(l, f)	__KC_LEAVE(rwlock, ((void)(l), (void)(f)))

#undef rcu_read_lock
#define rcu_read_lock()			__kc_ctx_enter_rcu()
#undef rcu_read_unlock
#define rcu_read_unlock()		__kc_ctx_leave_rcu()
#undef rcu_read_lock_bh
#define rcu_read_lock_bh()		__kc_ctx_enter_rcu()
#undef rcu_read_unlock_bh
#define rcu_read_unlock_bh()		__kc_ctx_leave_rcu()
#undef rcu_read_lock_sched
#define rcu_read_lock_sched()		__kc_ctx_enter_rcu()
#undef rcu_read_unlock_sched
#define rcu_read_unlock_sched()		__kc_ctx_leave_rcu()

#undef local_bh_disable
#define local_bh_disable()		__kc_ctx_enter_bh()
#undef local_bh_enable
#define local_bh_enable()		__kc_ctx_leave_bh()
#undef local_irq_disable
#define local_irq_disable()		__kc_ctx_enter_irq()
#undef local_irq_enable
#define local_irq_enable()		__kc_ctx_leave_irq()
#undef local_irq_save
#define local_irq_save(f)		__KC_ENTER(irq, (f) = 0)
#undef local_irq_restore
#define local_irq_restore(f)		__KC_LEAVE(irq, (void)(f))
#undef preempt_disable
#define preempt_disable()		__kc_ctx_enter_preempt()
#undef preempt_enable
#define preempt_enable()		__kc_ctx_leave_preempt()
#undef preempt_enable_no_resched
#define preempt_enable_no_resched()	__kc_ctx_leave_preempt()

/* Sleepers: the call first requires that no atomic context is held. */
#define __KC_SLEEPS(name, value)	(__kc_sleeper_##name(), value)
#define __KC_SLEEPER(name)						\
	static inline __kc_might_sleep void __kc_sleeper_##name(void) {}

__KC_SLEEPER(name)
__KC_SLEEPER(might_sleep)
__KC_SLEEPER(cond_resched)
__KC_SLEEPER(mutex_lock)
__KC_SLEEPER(mutex_lock_interruptible)
__KC_SLEEPER(mutex_lock_killable)
__KC_SLEEPER(msleep)
__KC_SLEEPER(msleep_interruptible)
__KC_SLEEPER(ssleep)
__KC_SLEEPER(usleep_range)
__KC_SLEEPER(fsleep)
__KC_SLEEPER(schedule)
__KC_SLEEPER(schedule_timeout)
__KC_SLEEPER(schedule_timeout_interruptible)
__KC_SLEEPER(schedule_timeout_uninterruptible)
__KC_SLEEPER(wait_for_completion)
__KC_SLEEPER(wait_for_completion_timeout)
__KC_SLEEPER(wait_for_completion_interruptible)
__KC_SLEEPER(wait_for_completion_killable)
__KC_SLEEPER(flush_work)
__KC_SLEEPER(flush_delayed_work)
__KC_SLEEPER(cancel_work_sync)
__KC_SLEEPER(cancel_delayed_work_sync)
__KC_SLEEPER(synchronize_rcu)
__KC_SLEEPER(copy_from_user)
__KC_SLEEPER(copy_to_user)
__KC_SLEEPER(phy_read)
__KC_SLEEPER(phy_write)
__KC_SLEEPER(phy_modify)
__KC_SLEEPER(phy_set_bits)
__KC_SLEEPER(phy_clear_bits)
__KC_SLEEPER(__phy_read)
__KC_SLEEPER(__phy_write)
__KC_SLEEPER(__phy_modify)
__KC_SLEEPER(phy_read_mmd)
__KC_SLEEPER(phy_write_mmd)
__KC_SLEEPER(phy_modify_mmd)
__KC_SLEEPER(phy_read_paged)
__KC_SLEEPER(phy_write_paged)
__KC_SLEEPER(phy_modify_paged)
__KC_SLEEPER(mdiobus_read)
__KC_SLEEPER(mdiobus_write)
__KC_SLEEPER(mdiobus_modify)
__KC_SLEEPER(__mdiobus_register)
__KC_SLEEPER(mdiobus_unregister)
__KC_SLEEPER(genphy_soft_reset)
__KC_SLEEPER(genphy_config_aneg)
__KC_SLEEPER(genphy_restart_aneg)
__KC_SLEEPER(genphy_update_link)
__KC_SLEEPER(genphy_read_lpa)
__KC_SLEEPER(genphy_read_status)
__KC_SLEEPER(genphy_read_abilities)
__KC_SLEEPER(genphy_suspend)
__KC_SLEEPER(genphy_resume)
__KC_SLEEPER(phy_init_hw)
__KC_SLEEPER(phy_connect_direct)
__KC_SLEEPER(phy_disconnect)
__KC_SLEEPER(i2c_transfer)
__KC_SLEEPER(i2c_master_send)
__KC_SLEEPER(i2c_master_recv)
__KC_SLEEPER(i2c_smbus_xfer)
__KC_SLEEPER(i2c_smbus_read_byte_data)
__KC_SLEEPER(i2c_smbus_write_byte_data)
__KC_SLEEPER(i2c_smbus_read_word_data)
__KC_SLEEPER(i2c_smbus_write_word_data)
__KC_SLEEPER(i2c_smbus_read_i2c_block_data)
__KC_SLEEPER(i2c_smbus_write_i2c_block_data)
__KC_SLEEPER(i2c_smbus_read_block_data)
__KC_SLEEPER(i2c_smbus_write_block_data)
__KC_SLEEPER(i2c_new_client_device)
__KC_SLEEPER(i2c_unregister_device)
__KC_SLEEPER(regmap_read)
__KC_SLEEPER(regmap_read_poll_timeout)
__KC_SLEEPER(regmap_field_update_bits)
__KC_SLEEPER(regmap_field_write)
__KC_SLEEPER(regmap_clear_bits)
__KC_SLEEPER(regmap_set_bits)
__KC_SLEEPER(regmap_write_bits)
__KC_SLEEPER(regmap_update_bits)
__KC_SLEEPER(regmap_write)
__KC_SLEEPER(regmap_update_bits_base)
__KC_SLEEPER(regmap_field_read)
__KC_SLEEPER(regmap_field_update_bits_base)
__KC_SLEEPER(regmap_bulk_read)
__KC_SLEEPER(regmap_bulk_write)
__KC_SLEEPER(gpiod_get_value_cansleep)
__KC_SLEEPER(gpiod_get)
__KC_SLEEPER(gpiod_get_optional)
__KC_SLEEPER(devm_gpiod_get)
__KC_SLEEPER(devm_gpiod_get_optional)
__KC_SLEEPER(gpiod_put)
__KC_SLEEPER(gpiochip_add_data_with_key)
__KC_SLEEPER(gpiochip_remove)
__KC_SLEEPER(regulator_enable)
__KC_SLEEPER(regulator_disable)
__KC_SLEEPER(regulator_set_voltage)
__KC_SLEEPER(regulator_get_voltage)
__KC_SLEEPER(regulator_get)
__KC_SLEEPER(regulator_put)
__KC_SLEEPER(devm_regulator_get)
__KC_SLEEPER(regulator_register)
__KC_SLEEPER(devm_regulator_register)
__KC_SLEEPER(regulator_unregister)
__KC_SLEEPER(platform_device_register)
__KC_SLEEPER(platform_device_unregister)
__KC_SLEEPER(platform_device_register_full)
__KC_SLEEPER(platform_device_add)
__KC_SLEEPER(register_netdev)
__KC_SLEEPER(unregister_netdev)
__KC_SLEEPER(device_register)
__KC_SLEEPER(device_unregister)
__KC_SLEEPER(device_add)
__KC_SLEEPER(device_del)
__KC_SLEEPER(debugfs_create_dir)
__KC_SLEEPER(debugfs_create_file)
__KC_SLEEPER(debugfs_create_u32)
__KC_SLEEPER(debugfs_create_u16)
__KC_SLEEPER(debugfs_create_u8)
__KC_SLEEPER(debugfs_create_bool)
__KC_SLEEPER(debugfs_remove)
__KC_SLEEPER(debugfs_remove_recursive)
__KC_SLEEPER(usb_control_msg)
__KC_SLEEPER(usb_kill_urb)
__KC_SLEEPER(usb_add_gadget_udc)
__KC_SLEEPER(usb_del_gadget_udc)
__KC_SLEEPER(usb_add_gadget)
__KC_SLEEPER(usb_del_gadget)
__KC_SLEEPER(usb_gadget_probe_driver)
__KC_SLEEPER(usb_gadget_unregister_driver)
__KC_SLEEPER(request_threaded_irq)
__KC_SLEEPER(free_irq)
__KC_SLEEPER(kthread_stop)
__KC_SLEEPER(flush_workqueue)
__KC_SLEEPER(destroy_workqueue)
__KC_SLEEPER(request_firmware)
__KC_SLEEPER(release_firmware)

#undef might_sleep
#define might_sleep()			__KC_SLEEPS(might_sleep, (void)0)
#undef cond_resched
#define cond_resched()			__KC_SLEEPS(cond_resched, 0)
#undef mutex_lock
#define mutex_lock(l)			__KC_SLEEPS(mutex_lock, (void)(l))
#undef mutex_lock_interruptible
#define mutex_lock_interruptible(l)	__KC_SLEEPS(mutex_lock_interruptible, ((void)(l), 0))
#undef mutex_lock_killable
#define mutex_lock_killable(l)		__KC_SLEEPS(mutex_lock_killable, ((void)(l), 0))
#undef msleep
#define msleep(ms)			__KC_SLEEPS(msleep, ((void)(ms), 0))
#undef msleep_interruptible
#define msleep_interruptible(ms)	__KC_SLEEPS(msleep_interruptible, ((void)(ms), 0))
#undef ssleep
#define ssleep(s)			__KC_SLEEPS(ssleep, ((void)(s), 0))
#undef usleep_range
#define usleep_range(a, b)		__KC_SLEEPS(usleep_range, ((void)(a), (void)(b), 0))
#undef fsleep
#define fsleep(us)			__KC_SLEEPS(fsleep, ((void)(us), 0))
#undef schedule
#define schedule()			__KC_SLEEPS(schedule, 0)
#undef schedule_timeout
#define schedule_timeout(t)		__KC_SLEEPS(schedule_timeout, ((void)(t), 0))
#undef schedule_timeout_interruptible
#define schedule_timeout_interruptible(t) __KC_SLEEPS(schedule_timeout_interruptible, ((void)(t), 0))
#undef schedule_timeout_uninterruptible
#define schedule_timeout_uninterruptible(t) __KC_SLEEPS(schedule_timeout_uninterruptible, ((void)(t), 0))
#undef wait_for_completion
#define wait_for_completion(c)		__KC_SLEEPS(wait_for_completion, ((void)(c), 0))
#undef wait_for_completion_timeout
#define wait_for_completion_timeout(c, t) __KC_SLEEPS(wait_for_completion_timeout, ((void)(c), (void)(t), 0))
#undef wait_for_completion_interruptible
#define wait_for_completion_interruptible(c) __KC_SLEEPS(wait_for_completion_interruptible, ((void)(c), 0))
#undef wait_for_completion_killable
#define wait_for_completion_killable(c)	__KC_SLEEPS(wait_for_completion_killable, ((void)(c), 0))
#undef flush_work
#define flush_work(w)			__KC_SLEEPS(flush_work, ((void)(w), 0))
#undef flush_delayed_work
#define flush_delayed_work(w)		__KC_SLEEPS(flush_delayed_work, ((void)(w), 0))
#undef cancel_work_sync
#define cancel_work_sync(w)		__KC_SLEEPS(cancel_work_sync, ((void)(w), 0))
#undef cancel_delayed_work_sync
#define cancel_delayed_work_sync(w)	__KC_SLEEPS(cancel_delayed_work_sync, ((void)(w), 0))
#undef synchronize_rcu
#define synchronize_rcu()		__KC_SLEEPS(synchronize_rcu, 0)
#undef copy_from_user
#define copy_from_user(to, from, n)	__KC_SLEEPS(copy_from_user, ((void)(to), (void)(from), (void)(n), 0))
#undef copy_to_user
#define copy_to_user(to, from, n)	__KC_SLEEPS(copy_to_user, ((void)(to), (void)(from), (void)(n), 0))

/*
 * Subsystem calls that may sleep, where the kernel declares them as functions
 * (a kernel that made one a macro keeps that macro, unchecked). Driver
 * registration is left out: module_*_driver() calls it from module init,
 * which the kernel calls in process context.
 */
#ifndef phy_read
#define phy_read(...)	__KC_SLEEPS(phy_read, phy_read(__VA_ARGS__))
#endif
#ifndef phy_write
#define phy_write(...)	__KC_SLEEPS(phy_write, phy_write(__VA_ARGS__))
#endif
#ifndef phy_modify
#define phy_modify(...)	__KC_SLEEPS(phy_modify, phy_modify(__VA_ARGS__))
#endif
#ifndef phy_set_bits
#define phy_set_bits(...)	__KC_SLEEPS(phy_set_bits, phy_set_bits(__VA_ARGS__))
#endif
#ifndef phy_clear_bits
#define phy_clear_bits(...)	__KC_SLEEPS(phy_clear_bits, phy_clear_bits(__VA_ARGS__))
#endif
#ifndef __phy_read
#define __phy_read(...)	__KC_SLEEPS(__phy_read, __phy_read(__VA_ARGS__))
#endif
#ifndef __phy_write
#define __phy_write(...)	__KC_SLEEPS(__phy_write, __phy_write(__VA_ARGS__))
#endif
#ifndef __phy_modify
#define __phy_modify(...)	__KC_SLEEPS(__phy_modify, __phy_modify(__VA_ARGS__))
#endif
#ifndef phy_read_mmd
#define phy_read_mmd(...)	__KC_SLEEPS(phy_read_mmd, phy_read_mmd(__VA_ARGS__))
#endif
#ifndef phy_write_mmd
#define phy_write_mmd(...)	__KC_SLEEPS(phy_write_mmd, phy_write_mmd(__VA_ARGS__))
#endif
#ifndef phy_modify_mmd
#define phy_modify_mmd(...)	__KC_SLEEPS(phy_modify_mmd, phy_modify_mmd(__VA_ARGS__))
#endif
#ifndef phy_read_paged
#define phy_read_paged(...)	__KC_SLEEPS(phy_read_paged, phy_read_paged(__VA_ARGS__))
#endif
#ifndef phy_write_paged
#define phy_write_paged(...)	__KC_SLEEPS(phy_write_paged, phy_write_paged(__VA_ARGS__))
#endif
#ifndef phy_modify_paged
#define phy_modify_paged(...)	__KC_SLEEPS(phy_modify_paged, phy_modify_paged(__VA_ARGS__))
#endif
#ifndef mdiobus_read
#define mdiobus_read(...)	__KC_SLEEPS(mdiobus_read, mdiobus_read(__VA_ARGS__))
#endif
#ifndef mdiobus_write
#define mdiobus_write(...)	__KC_SLEEPS(mdiobus_write, mdiobus_write(__VA_ARGS__))
#endif
#ifndef mdiobus_modify
#define mdiobus_modify(...)	__KC_SLEEPS(mdiobus_modify, mdiobus_modify(__VA_ARGS__))
#endif
#ifndef __mdiobus_register
#define __mdiobus_register(...)	__KC_SLEEPS(__mdiobus_register, __mdiobus_register(__VA_ARGS__))
#endif
#ifndef mdiobus_unregister
#define mdiobus_unregister(...)	__KC_SLEEPS(mdiobus_unregister, mdiobus_unregister(__VA_ARGS__))
#endif
#ifndef genphy_soft_reset
#define genphy_soft_reset(...)	__KC_SLEEPS(genphy_soft_reset, genphy_soft_reset(__VA_ARGS__))
#endif
#ifndef genphy_config_aneg
#define genphy_config_aneg(...)	__KC_SLEEPS(genphy_config_aneg, genphy_config_aneg(__VA_ARGS__))
#endif
#ifndef genphy_restart_aneg
#define genphy_restart_aneg(...)	__KC_SLEEPS(genphy_restart_aneg, genphy_restart_aneg(__VA_ARGS__))
#endif
#ifndef genphy_update_link
#define genphy_update_link(...)	__KC_SLEEPS(genphy_update_link, genphy_update_link(__VA_ARGS__))
#endif
#ifndef genphy_read_lpa
#define genphy_read_lpa(...)	__KC_SLEEPS(genphy_read_lpa, genphy_read_lpa(__VA_ARGS__))
#endif
#ifndef genphy_read_status
#define genphy_read_status(...)	__KC_SLEEPS(genphy_read_status, genphy_read_status(__VA_ARGS__))
#endif
#ifndef genphy_read_abilities
#define genphy_read_abilities(...)	__KC_SLEEPS(genphy_read_abilities, genphy_read_abilities(__VA_ARGS__))
#endif
#ifndef genphy_suspend
#define genphy_suspend(...)	__KC_SLEEPS(genphy_suspend, genphy_suspend(__VA_ARGS__))
#endif
#ifndef genphy_resume
#define genphy_resume(...)	__KC_SLEEPS(genphy_resume, genphy_resume(__VA_ARGS__))
#endif
#ifndef phy_init_hw
#define phy_init_hw(...)	__KC_SLEEPS(phy_init_hw, phy_init_hw(__VA_ARGS__))
#endif
#ifndef phy_connect_direct
#define phy_connect_direct(...)	__KC_SLEEPS(phy_connect_direct, phy_connect_direct(__VA_ARGS__))
#endif
#ifndef phy_disconnect
#define phy_disconnect(...)	__KC_SLEEPS(phy_disconnect, phy_disconnect(__VA_ARGS__))
#endif
#ifndef i2c_transfer
#define i2c_transfer(...)	__KC_SLEEPS(i2c_transfer, i2c_transfer(__VA_ARGS__))
#endif
#ifndef i2c_master_send
#define i2c_master_send(...)	__KC_SLEEPS(i2c_master_send, i2c_master_send(__VA_ARGS__))
#endif
#ifndef i2c_master_recv
#define i2c_master_recv(...)	__KC_SLEEPS(i2c_master_recv, i2c_master_recv(__VA_ARGS__))
#endif
#ifndef i2c_smbus_xfer
#define i2c_smbus_xfer(...)	__KC_SLEEPS(i2c_smbus_xfer, i2c_smbus_xfer(__VA_ARGS__))
#endif
#ifndef i2c_smbus_read_byte_data
#define i2c_smbus_read_byte_data(...)	__KC_SLEEPS(i2c_smbus_read_byte_data, i2c_smbus_read_byte_data(__VA_ARGS__))
#endif
#ifndef i2c_smbus_write_byte_data
#define i2c_smbus_write_byte_data(...)	__KC_SLEEPS(i2c_smbus_write_byte_data, i2c_smbus_write_byte_data(__VA_ARGS__))
#endif
#ifndef i2c_smbus_read_word_data
#define i2c_smbus_read_word_data(...)	__KC_SLEEPS(i2c_smbus_read_word_data, i2c_smbus_read_word_data(__VA_ARGS__))
#endif
#ifndef i2c_smbus_write_word_data
#define i2c_smbus_write_word_data(...)	__KC_SLEEPS(i2c_smbus_write_word_data, i2c_smbus_write_word_data(__VA_ARGS__))
#endif
#ifndef i2c_smbus_read_i2c_block_data
#define i2c_smbus_read_i2c_block_data(...)	__KC_SLEEPS(i2c_smbus_read_i2c_block_data, i2c_smbus_read_i2c_block_data(__VA_ARGS__))
#endif
#ifndef i2c_smbus_write_i2c_block_data
#define i2c_smbus_write_i2c_block_data(...)	__KC_SLEEPS(i2c_smbus_write_i2c_block_data, i2c_smbus_write_i2c_block_data(__VA_ARGS__))
#endif
#ifndef i2c_smbus_read_block_data
#define i2c_smbus_read_block_data(...)	__KC_SLEEPS(i2c_smbus_read_block_data, i2c_smbus_read_block_data(__VA_ARGS__))
#endif
#ifndef i2c_smbus_write_block_data
#define i2c_smbus_write_block_data(...)	__KC_SLEEPS(i2c_smbus_write_block_data, i2c_smbus_write_block_data(__VA_ARGS__))
#endif
#ifndef i2c_new_client_device
#define i2c_new_client_device(...)	__KC_SLEEPS(i2c_new_client_device, i2c_new_client_device(__VA_ARGS__))
#endif
#ifndef i2c_unregister_device
#define i2c_unregister_device(...)	__KC_SLEEPS(i2c_unregister_device, i2c_unregister_device(__VA_ARGS__))
#endif
#ifndef regmap_update_bits
#define regmap_update_bits(...)	__KC_SLEEPS(regmap_update_bits, regmap_update_bits(__VA_ARGS__))
#endif
#ifndef regmap_write_bits
#define regmap_write_bits(...)	__KC_SLEEPS(regmap_write_bits, regmap_write_bits(__VA_ARGS__))
#endif
#ifndef regmap_set_bits
#define regmap_set_bits(...)	__KC_SLEEPS(regmap_set_bits, regmap_set_bits(__VA_ARGS__))
#endif
#ifndef regmap_clear_bits
#define regmap_clear_bits(...)	__KC_SLEEPS(regmap_clear_bits, regmap_clear_bits(__VA_ARGS__))
#endif
#ifndef regmap_field_write
#define regmap_field_write(...)	__KC_SLEEPS(regmap_field_write, regmap_field_write(__VA_ARGS__))
#endif
#ifndef regmap_field_update_bits
#define regmap_field_update_bits(...)	__KC_SLEEPS(regmap_field_update_bits, regmap_field_update_bits(__VA_ARGS__))
#endif
#ifndef regmap_read_poll_timeout
#define regmap_read_poll_timeout(...)	__KC_SLEEPS(regmap_read_poll_timeout, regmap_read_poll_timeout(__VA_ARGS__))
#endif
#ifndef regmap_read
#define regmap_read(...)	__KC_SLEEPS(regmap_read, regmap_read(__VA_ARGS__))
#endif
#ifndef regmap_write
#define regmap_write(...)	__KC_SLEEPS(regmap_write, regmap_write(__VA_ARGS__))
#endif
#ifndef regmap_update_bits_base
#define regmap_update_bits_base(...)	__KC_SLEEPS(regmap_update_bits_base, regmap_update_bits_base(__VA_ARGS__))
#endif
#ifndef regmap_field_read
#define regmap_field_read(...)	__KC_SLEEPS(regmap_field_read, regmap_field_read(__VA_ARGS__))
#endif
#ifndef regmap_field_update_bits_base
#define regmap_field_update_bits_base(...)	__KC_SLEEPS(regmap_field_update_bits_base, regmap_field_update_bits_base(__VA_ARGS__))
#endif
#ifndef regmap_bulk_read
#define regmap_bulk_read(...)	__KC_SLEEPS(regmap_bulk_read, regmap_bulk_read(__VA_ARGS__))
#endif
#ifndef regmap_bulk_write
#define regmap_bulk_write(...)	__KC_SLEEPS(regmap_bulk_write, regmap_bulk_write(__VA_ARGS__))
#endif
#ifndef gpiod_get_value_cansleep
#define gpiod_get_value_cansleep(...)	__KC_SLEEPS(gpiod_get_value_cansleep, gpiod_get_value_cansleep(__VA_ARGS__))
#endif
#ifndef gpiod_get
#define gpiod_get(...)	__KC_SLEEPS(gpiod_get, gpiod_get(__VA_ARGS__))
#endif
#ifndef gpiod_get_optional
#define gpiod_get_optional(...)	__KC_SLEEPS(gpiod_get_optional, gpiod_get_optional(__VA_ARGS__))
#endif
#ifndef devm_gpiod_get
#define devm_gpiod_get(...)	__KC_SLEEPS(devm_gpiod_get, devm_gpiod_get(__VA_ARGS__))
#endif
#ifndef devm_gpiod_get_optional
#define devm_gpiod_get_optional(...)	__KC_SLEEPS(devm_gpiod_get_optional, devm_gpiod_get_optional(__VA_ARGS__))
#endif
#ifndef gpiod_put
#define gpiod_put(...)	__KC_SLEEPS(gpiod_put, gpiod_put(__VA_ARGS__))
#endif
#ifndef gpiochip_add_data_with_key
#define gpiochip_add_data_with_key(...)	__KC_SLEEPS(gpiochip_add_data_with_key, gpiochip_add_data_with_key(__VA_ARGS__))
#endif
#ifndef gpiochip_remove
#define gpiochip_remove(...)	__KC_SLEEPS(gpiochip_remove, gpiochip_remove(__VA_ARGS__))
#endif
#ifndef regulator_enable
#define regulator_enable(...)	__KC_SLEEPS(regulator_enable, regulator_enable(__VA_ARGS__))
#endif
#ifndef regulator_disable
#define regulator_disable(...)	__KC_SLEEPS(regulator_disable, regulator_disable(__VA_ARGS__))
#endif
#ifndef regulator_set_voltage
#define regulator_set_voltage(...)	__KC_SLEEPS(regulator_set_voltage, regulator_set_voltage(__VA_ARGS__))
#endif
#ifndef regulator_get_voltage
#define regulator_get_voltage(...)	__KC_SLEEPS(regulator_get_voltage, regulator_get_voltage(__VA_ARGS__))
#endif
#ifndef regulator_get
#define regulator_get(...)	__KC_SLEEPS(regulator_get, regulator_get(__VA_ARGS__))
#endif
#ifndef regulator_put
#define regulator_put(...)	__KC_SLEEPS(regulator_put, regulator_put(__VA_ARGS__))
#endif
#ifndef devm_regulator_get
#define devm_regulator_get(...)	__KC_SLEEPS(devm_regulator_get, devm_regulator_get(__VA_ARGS__))
#endif
#ifndef regulator_register
#define regulator_register(...)	__KC_SLEEPS(regulator_register, regulator_register(__VA_ARGS__))
#endif
#ifndef devm_regulator_register
#define devm_regulator_register(...)	__KC_SLEEPS(devm_regulator_register, devm_regulator_register(__VA_ARGS__))
#endif
#ifndef regulator_unregister
#define regulator_unregister(...)	__KC_SLEEPS(regulator_unregister, regulator_unregister(__VA_ARGS__))
#endif
#ifndef platform_device_register
#define platform_device_register(...)	__KC_SLEEPS(platform_device_register, platform_device_register(__VA_ARGS__))
#endif
#ifndef platform_device_unregister
#define platform_device_unregister(...)	__KC_SLEEPS(platform_device_unregister, platform_device_unregister(__VA_ARGS__))
#endif
#ifndef platform_device_register_full
#define platform_device_register_full(...)	__KC_SLEEPS(platform_device_register_full, platform_device_register_full(__VA_ARGS__))
#endif
#ifndef platform_device_add
#define platform_device_add(...)	__KC_SLEEPS(platform_device_add, platform_device_add(__VA_ARGS__))
#endif
#ifndef register_netdev
#define register_netdev(...)	__KC_SLEEPS(register_netdev, register_netdev(__VA_ARGS__))
#endif
#ifndef unregister_netdev
#define unregister_netdev(...)	__KC_SLEEPS(unregister_netdev, unregister_netdev(__VA_ARGS__))
#endif
#ifndef device_register
#define device_register(...)	__KC_SLEEPS(device_register, device_register(__VA_ARGS__))
#endif
#ifndef device_unregister
#define device_unregister(...)	__KC_SLEEPS(device_unregister, device_unregister(__VA_ARGS__))
#endif
#ifndef device_add
#define device_add(...)	__KC_SLEEPS(device_add, device_add(__VA_ARGS__))
#endif
#ifndef device_del
#define device_del(...)	__KC_SLEEPS(device_del, device_del(__VA_ARGS__))
#endif
#ifndef debugfs_create_dir
#define debugfs_create_dir(...)	__KC_SLEEPS(debugfs_create_dir, debugfs_create_dir(__VA_ARGS__))
#endif
#ifndef debugfs_create_file
#define debugfs_create_file(...)	__KC_SLEEPS(debugfs_create_file, debugfs_create_file(__VA_ARGS__))
#endif
#ifndef debugfs_create_u32
#define debugfs_create_u32(...)	__KC_SLEEPS(debugfs_create_u32, debugfs_create_u32(__VA_ARGS__))
#endif
#ifndef debugfs_create_u16
#define debugfs_create_u16(...)	__KC_SLEEPS(debugfs_create_u16, debugfs_create_u16(__VA_ARGS__))
#endif
#ifndef debugfs_create_u8
#define debugfs_create_u8(...)	__KC_SLEEPS(debugfs_create_u8, debugfs_create_u8(__VA_ARGS__))
#endif
#ifndef debugfs_create_bool
#define debugfs_create_bool(...)	__KC_SLEEPS(debugfs_create_bool, debugfs_create_bool(__VA_ARGS__))
#endif
#ifndef debugfs_remove
#define debugfs_remove(...)	__KC_SLEEPS(debugfs_remove, debugfs_remove(__VA_ARGS__))
#endif
#ifndef debugfs_remove_recursive
#define debugfs_remove_recursive(...)	__KC_SLEEPS(debugfs_remove_recursive, debugfs_remove_recursive(__VA_ARGS__))
#endif
#ifndef usb_control_msg
#define usb_control_msg(...)	__KC_SLEEPS(usb_control_msg, usb_control_msg(__VA_ARGS__))
#endif
#ifndef usb_kill_urb
#define usb_kill_urb(...)	__KC_SLEEPS(usb_kill_urb, usb_kill_urb(__VA_ARGS__))
#endif
#ifndef usb_add_gadget_udc
#define usb_add_gadget_udc(...)	__KC_SLEEPS(usb_add_gadget_udc, usb_add_gadget_udc(__VA_ARGS__))
#endif
#ifndef usb_del_gadget_udc
#define usb_del_gadget_udc(...)	__KC_SLEEPS(usb_del_gadget_udc, usb_del_gadget_udc(__VA_ARGS__))
#endif
#ifndef usb_add_gadget
#define usb_add_gadget(...)	__KC_SLEEPS(usb_add_gadget, usb_add_gadget(__VA_ARGS__))
#endif
#ifndef usb_del_gadget
#define usb_del_gadget(...)	__KC_SLEEPS(usb_del_gadget, usb_del_gadget(__VA_ARGS__))
#endif
#ifndef usb_gadget_probe_driver
#define usb_gadget_probe_driver(...)	__KC_SLEEPS(usb_gadget_probe_driver, usb_gadget_probe_driver(__VA_ARGS__))
#endif
#ifndef usb_gadget_unregister_driver
#define usb_gadget_unregister_driver(...)	__KC_SLEEPS(usb_gadget_unregister_driver, usb_gadget_unregister_driver(__VA_ARGS__))
#endif
#ifndef request_threaded_irq
#define request_threaded_irq(...)	__KC_SLEEPS(request_threaded_irq, request_threaded_irq(__VA_ARGS__))
#endif
#ifndef free_irq
#define free_irq(...)	__KC_SLEEPS(free_irq, free_irq(__VA_ARGS__))
#endif
#ifndef kthread_stop
#define kthread_stop(...)	__KC_SLEEPS(kthread_stop, kthread_stop(__VA_ARGS__))
#endif
#ifndef flush_workqueue
#define flush_workqueue(...)	__KC_SLEEPS(flush_workqueue, flush_workqueue(__VA_ARGS__))
#endif
#ifndef destroy_workqueue
#define destroy_workqueue(...)	__KC_SLEEPS(destroy_workqueue, destroy_workqueue(__VA_ARGS__))
#endif
#ifndef request_firmware
#define request_firmware(...)	__KC_SLEEPS(request_firmware, request_firmware(__VA_ARGS__))
#endif
#ifndef release_firmware
#define release_firmware(...)	__KC_SLEEPS(release_firmware, release_firmware(__VA_ARGS__))
#endif

/*
 * Kernel calls known not to sleep and to enter no context: a driver may
 * make them directly anywhere. With the names this header defines above
 * and below, they are the only kernel calls scripts/kc-call-check (the
 * driver check's rule "context") lets a driver make: a kernel function in
 * none of them may be a sleeper this header does not know, and its call
 * in atomic context would pass unseen. A new one is declared above, with
 * its context, or here.
 *
 * kc-atomic-safe: pr_emerg pr_alert pr_crit pr_err pr_warn pr_notice pr_info
 * kc-atomic-safe: pr_debug pr_cont pr_err_ratelimited pr_warn_ratelimited
 * kc-atomic-safe: pr_warn_once pr_info_once printk
 * kc-atomic-safe: memcpy memmove memset memcmp memchr strlen strnlen strcmp
 * kc-atomic-safe: strncmp strchr strrchr strstr strscpy snprintf scnprintf
 * kc-atomic-safe: sprintf sscanf kstrtoint kstrtouint kstrtou8 kstrtou16
 * kc-atomic-safe: kstrtou32 kstrtobool
 * kc-atomic-safe: min max min_t max_t clamp clamp_t clamp_val abs swap
 * kc-atomic-safe: likely unlikely container_of offsetof va_start va_end va_arg
 * kc-atomic-safe: test_bit set_bit clear_bit change_bit hweight8 hweight16
 * kc-atomic-safe: hweight32 hweight64 ffs fls __ffs __fls ilog2 is_power_of_2
 * kc-atomic-safe: atomic_read atomic_set atomic_inc atomic_dec atomic_add
 * kc-atomic-safe: atomic_sub atomic_inc_return atomic_dec_return
 * kc-atomic-safe: atomic64_read atomic64_set atomic64_inc atomic64_add
 * kc-atomic-safe: le16_to_cpu le32_to_cpu be16_to_cpu be32_to_cpu
 * kc-atomic-safe: cpu_to_le16 cpu_to_le32 cpu_to_be16 cpu_to_be32 swab16
 * kc-atomic-safe: swab32 get_unaligned_le16 get_unaligned_le32
 * kc-atomic-safe: get_unaligned_be16 get_unaligned_be32 put_unaligned_le16
 * kc-atomic-safe: put_unaligned_le32 put_unaligned_be16 put_unaligned_be32
 * kc-atomic-safe: msecs_to_jiffies usecs_to_jiffies jiffies_to_msecs
 * kc-atomic-safe: time_after time_before ktime_get ktime_get_ns ktime_to_ns
 * kc-atomic-safe: ktime_sub ktime_add_ns udelay ndelay mdelay cpu_relax
 */

/* Allocations sleep when their constant GFP flags allow direct reclaim. */
#define __KC_GFP(gfp, value)		(kc_might_sleep_gfp(gfp), value)

#undef kmalloc
#define kmalloc(n, gfp)			__KC_GFP(gfp, ((void)(n), (void *)0))
#undef kzalloc
#define kzalloc(n, gfp)			__KC_GFP(gfp, ((void)(n), (void *)0))
#undef kcalloc
#define kcalloc(n, s, gfp)		__KC_GFP(gfp, ((void)(n), (void)(s), (void *)0))
#undef kmalloc_array
#define kmalloc_array(n, s, gfp)	__KC_GFP(gfp, ((void)(n), (void)(s), (void *)0))
#undef krealloc
#define krealloc(p, n, gfp)		__KC_GFP(gfp, ((void)(p), (void)(n), (void *)0))
#undef kmemdup
#define kmemdup(p, n, gfp)		__KC_GFP(gfp, ((void)(p), (void)(n), (void *)0))
#undef kstrdup
#define kstrdup(s, gfp)			__KC_GFP(gfp, ((void)(s), (void *)0))
#undef kvmalloc
#define kvmalloc(n, gfp)		__KC_GFP(gfp, ((void)(n), (void *)0))
#undef kvzalloc
#define kvzalloc(n, gfp)		__KC_GFP(gfp, ((void)(n), (void *)0))
#undef devm_kzalloc
#define devm_kzalloc(d, n, gfp)		__KC_GFP(gfp, ((void)(d), (void)(n), (void *)0))
#undef devm_kmalloc
#define devm_kmalloc(d, n, gfp)		__KC_GFP(gfp, ((void)(d), (void)(n), (void *)0))
#undef alloc_skb
#define alloc_skb(n, gfp)		__KC_GFP(gfp, ((void)(n), (void *)0))
